package io.github.webex4j.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every response model of the API packages keeps the properties it does not declare. */
class ModelsKeepUnknownFieldsTest {
  @Test
  void everyResponseModelEndsWithAnExtraMap() {
    List<Class<?>> models = ResponseModels.all();

    assertThat(models).hasSizeGreaterThan(40);
    for (Class<?> model : models) {
      RecordComponent[] components = model.getRecordComponents();
      RecordComponent last = components[components.length - 1];
      assertThat(last.getName()).as(model.getName()).isEqualTo("extra");
      assertThat(last.getGenericType())
          .as(model.getName())
          .isInstanceOfSatisfying(
              ParameterizedType.class,
              type ->
                  assertThat(type.getActualTypeArguments())
                      .containsExactly(String.class, Object.class));
      assertThat(((ParameterizedType) last.getGenericType()).getRawType()).isEqualTo(Map.class);
    }
  }
}
