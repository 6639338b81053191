# expect: clean
"""Power-grid load forecasting; an entry-point plugin (read from pyproject.toml with tomllib)
builds a teacher and puts *the teacher* in eval to produce soft targets under no_grad. The
student being trained is never switched."""
import torch

from gridload.model import LoadSeq2One
from gridload.plugins import load_plugins
from gridload.trainer import Trainer


def main():
    torch.manual_seed(0)
    trainer = Trainer(LoadSeq2One(), load_plugins("pyproject.toml"))
    data = [(torch.randn(6, 8, 3), torch.randn(6)) for _ in range(2)]
    trainer.fit(data, epochs=2)


if __name__ == "__main__":
    main()
