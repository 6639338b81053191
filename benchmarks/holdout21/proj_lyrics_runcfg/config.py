from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class RunConfig:
    phase: str = "train"
    lr: float = 2e-3
    steps: int = 3
    hidden: int = 12
    tags: tuple = field(default_factory=tuple)

    def for_eval(self):
        return replace(self, phase="eval")

    def for_finetune(self, lr):
        return replace(self, lr=lr, tags=self.tags + ("finetune",))
