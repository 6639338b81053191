# expect: clean
import torch

from needlework import LossPrinter, MiniTrainer, NeedleModule, SampleLogger


def loader(n, batch=4, steps=7, vocab=12):
    out = []
    for _ in range(n):
        x = torch.randint(0, vocab, (batch, steps))
        out.append((x, torch.roll(x, -1, dims=1)))
    return out


if __name__ == "__main__":
    torch.manual_seed(1)
    module = NeedleModule()
    trainer = MiniTrainer(max_epochs=2, callbacks=[LossPrinter(), SampleLogger()])
    log = trainer.fit(module, loader(3), loader(2))
    print(log[-1])
