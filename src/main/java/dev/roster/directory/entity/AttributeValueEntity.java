package dev.roster.directory.entity;

import dev.roster.directory.index.AttributeRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One indexed attribute value of a resource (see {@code scim_attribute_value} in the migrations). */
@Entity
@Table(name = "scim_attribute_value")
@IdClass(AttributeValueEntity.Key.class)
public class AttributeValueEntity {

    @Id
    @Column(name = "resource_id", length = 36)
    private String resourceId;

    @Id
    @Column(name = "attr", length = 300)
    private String attr;

    @Id
    @Column(name = "sub_attr", length = 64)
    private String subAttr;

    @Id
    @Column(name = "elem")
    private int elem;

    @Column(name = "value_text", length = 512)
    private String valueText;

    @Column(name = "value_ci", length = 512)
    private String valueCi;

    @Column(name = "value_num")
    private Double valueNum;

    @Column(name = "value_bool")
    private Boolean valueBool;

    protected AttributeValueEntity() {}

    public AttributeValueEntity(String resourceId, AttributeRow row) {
        this.resourceId = resourceId;
        this.attr = row.attr();
        this.subAttr = row.subAttr();
        this.elem = row.elem();
        this.valueText = row.text();
        this.valueCi = row.textCi();
        this.valueNum = row.number();
        this.valueBool = row.bool();
    }

    /** Composite primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public String resourceId;
        public String attr;
        public String subAttr;
        public int elem;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && elem == k.elem
                    && Objects.equals(resourceId, k.resourceId)
                    && Objects.equals(attr, k.attr)
                    && Objects.equals(subAttr, k.subAttr);
        }

        @Override
        public int hashCode() {
            return Objects.hash(resourceId, attr, subAttr, elem);
        }
    }
}
