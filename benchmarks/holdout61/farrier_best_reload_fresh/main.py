# expect: clean
import tempfile

import torch

from farrier.checkpoint import BestKeeper
from farrier.engine import Engine
from farrier.model import build

CFG = {"epochs": 2, "lr": 1e-2}

if __name__ == "__main__":
    torch.manual_seed(4)
    with tempfile.TemporaryDirectory() as tmp:
        engine = Engine(build, BestKeeper(tmp), CFG)
        engine.fit()
        print("best val", round(engine.keeper.best, 4))
        print("farm val", round(engine.finetune_on_farm(500), 4))
