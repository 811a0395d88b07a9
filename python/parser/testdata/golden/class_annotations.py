from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0
    z: "float" = field(default=0.0)
    tags: list[str] = field(default_factory=list)
    (parenthesised): int
    self_ref: "Point | None" = None

    def total(self) -> int:
        self.cache: int = self.x + self.y
        (self.other): int = 1
        return self.cache


class Empty:
    value: int
