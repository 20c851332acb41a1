package io.github.webex4j.internal.util;

import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.AnnotatedWithParams;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * The JSON conventions of the API records, stated here instead of as annotations (the API packages
 * never see Jackson):
 *
 * <ul>
 *   <li>a record component {@code Map<String, Object> extra} collects every property the record
 *       does not declare (as an any-setter on the canonical constructor) and is written back flat
 *       (as an any-getter), so a field Webex adds later survives a read and a write;
 *   <li>a component is also read from the older wire names {@link WireNames} lists.
 * </ul>
 */
final class ModelConventions extends JacksonAnnotationIntrospector {
  private static final long serialVersionUID = 1L;

  private static final String UNMATCHABLE = "\u0000webex4j:unknown-properties";

  @Override
  public Boolean hasAnySetter(Annotated annotated) {
    if (annotated instanceof AnnotatedParameter && isExtra((AnnotatedMember) annotated)) {
      return Boolean.TRUE;
    }
    return super.hasAnySetter(annotated);
  }

  /**
   * The {@code extra} parameter gets a name no JSON property has, so that a wire property that
   * happens to be called {@code "extra"} is an unknown one like any other.
   */
  @Override
  public PropertyName findNameForDeserialization(Annotated annotated) {
    if (annotated instanceof AnnotatedMember member && isExtra(member)) {
      return PropertyName.construct(UNMATCHABLE);
    }
    return super.findNameForDeserialization(annotated);
  }

  @Override
  public Boolean hasAnyGetter(Annotated annotated) {
    if (annotated instanceof AnnotatedMethod && isExtra((AnnotatedMember) annotated)) {
      return Boolean.TRUE;
    }
    return super.hasAnyGetter(annotated);
  }

  @Override
  public List<PropertyName> findPropertyAliases(Annotated annotated) {
    if (annotated instanceof AnnotatedMember member) {
      String component = componentName(member);
      List<String> aliases =
          component == null ? List.of() : WireNames.aliases(member.getDeclaringClass(), component);
      if (!aliases.isEmpty()) {
        return aliases.stream().map(PropertyName::construct).toList();
      }
    }
    return super.findPropertyAliases(annotated);
  }

  private static boolean isExtra(AnnotatedMember member) {
    return WireNames.EXTRA.equals(componentName(member)) && Map.class.equals(member.getRawType());
  }

  /**
   * The record component a canonical-constructor parameter, field or accessor stands for, or null
   * if it stands for none.
   */
  private static String componentName(AnnotatedMember member) {
    Class<?> owner = member.getDeclaringClass();
    if (!owner.isRecord()) {
      return null;
    }
    RecordComponent[] components = owner.getRecordComponents();
    if (member instanceof AnnotatedParameter parameter) {
      AnnotatedWithParams constructor = parameter.getOwner();
      if (constructor.getParameterCount() != components.length) {
        return null;
      }
      for (int i = 0; i < components.length; i++) {
        if (!constructor.getRawParameterType(i).equals(components[i].getType())) {
          return null;
        }
      }
      return components[parameter.getIndex()].getName();
    }
    if (member instanceof AnnotatedMethod method && method.getParameterCount() != 0) {
      return null;
    }
    for (RecordComponent component : components) {
      if (component.getName().equals(member.getName())) {
        return component.getName();
      }
    }
    return null;
  }
}
