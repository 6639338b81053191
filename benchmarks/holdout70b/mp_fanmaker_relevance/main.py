# expect: clean
"""Fan-rib warp detection: trainer with a list of callbacks; one logs gradient*input relevance."""
import torch

from callbacks import LossPrinter, RelevanceLogger
from model import RibWarpNet
from trainer import Trainer

if __name__ == "__main__":
    torch.manual_seed(9)
    model = RibWarpNet()
    trainer = Trainer(model, callbacks=[LossPrinter(), RelevanceLogger(every=1)])
    data = [(torch.randn(4, 6, 3), torch.randint(0, 2, (4,))) for _ in range(3)]
    trainer.fit(data, epochs=2)
    print(trainer.state["relevance"])
