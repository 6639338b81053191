# expect: crash
import torch

from kennel import BarkClassifier, LossLogger, Trainer, ValidationCallback


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(5, 7, 6, generator=g), torch.randint(0, 3, (5,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(1)
    logger = LossLogger()
    val = ValidationCallback(batches(2, 9))
    trainer = Trainer(BarkClassifier(), callbacks=[logger, val], epochs=3)
    trainer.fit(batches(4, 3))
    print("steps", len(logger.losses), "val acc", val.scores)
