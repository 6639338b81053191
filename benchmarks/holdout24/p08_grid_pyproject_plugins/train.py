# expect: crash
"""Power-grid load forecasting; plugins are declared as entry points in pyproject.toml and loaded
by reading that file with tomllib. The calibration plugin runs at fit start."""
import torch

from gridload.model import LoadSeq2One
from gridload.plugins import load_plugins
from gridload.trainer import Trainer


def main():
    torch.manual_seed(0)
    plugins = load_plugins("pyproject.toml")
    trainer = Trainer(LoadSeq2One(), plugins)
    data = [(torch.randn(6, 8, 3), torch.randn(6)) for _ in range(2)]
    trainer.fit(data, epochs=2)


if __name__ == "__main__":
    main()
