from typing import Protocol, runtime_checkable


@runtime_checkable
class TrainerLike(Protocol):
    def train_epoch(self, epoch: int) -> float: ...

    def evaluate(self) -> float: ...

    def set_training(self, flag: bool) -> None: ...


def run(trainer: TrainerLike, epochs: int = 2) -> list:
    assert isinstance(trainer, TrainerLike)
    history = []
    for epoch in range(epochs):
        loss = trainer.train_epoch(epoch)
        auc = trainer.evaluate()
        trainer.set_training(True)
        history.append((epoch, loss, auc))
    return history
