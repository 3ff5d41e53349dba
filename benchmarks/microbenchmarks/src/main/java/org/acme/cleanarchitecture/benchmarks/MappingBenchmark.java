package org.acme.cleanarchitecture.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.acme.cleanarchitecture.application.todolists.queries.TodoItemDto;
import org.acme.cleanarchitecture.application.todolists.queries.TodoMapper;
import org.acme.cleanarchitecture.application.todolists.queries.TodoMapperImpl;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoItem;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** What the generated MapStruct mapper costs for a list's 20 items. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MappingBenchmark {

  private static final int ITEMS = 20;

  private final TodoMapper mapper = new TodoMapperImpl();
  private final List<TodoItem> items = itemsOfOneList();

  @Benchmark
  public List<TodoItemDto> twentyItems() {
    return mapper.toItemDtos(items);
  }

  private static List<TodoItem> itemsOfOneList() {
    var list = TodoList.create(1, "Shopping", Colour.RED, "ada");
    return LongStream.rangeClosed(1, ITEMS).mapToObj(id -> list.addItem(id, "Item " + id)).toList();
  }
}
