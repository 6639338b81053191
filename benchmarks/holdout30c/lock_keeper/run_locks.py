# expect: crash
import sys
from pathlib import Path
from typing import NamedTuple

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from lockkeeper import LevelForecaster, Stage, run_stages  # noqa: E402
from lockkeeper.engine.stages import audit, calibrate  # noqa: E402


class Models(NamedTuple):
    forecaster: torch.nn.Module
    optimizer: torch.optim.Optimizer


def main():
    torch.manual_seed(5)
    net = LevelForecaster()
    models = Models(net, torch.optim.SGD(net.parameters(), lr=0.05))
    batch = (torch.randn(4, 6, 3), torch.randn(4, 1))
    stages = [Stage("audit", audit), Stage("calibrate", calibrate)]
    print(run_stages(stages, models, batch))


if __name__ == "__main__":
    main()
