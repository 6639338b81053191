from dataclasses import dataclass


@dataclass(frozen=True)
class iteration:
    every: int

    def __call__(self, executor):
        return executor.status["iteration"] % self.every == 0
