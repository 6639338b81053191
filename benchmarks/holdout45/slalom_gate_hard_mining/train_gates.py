# expect: crash
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from gatekit import GateDataModule, GateModule, Trainer  # noqa: E402


def main():
    torch.manual_seed(8)
    module = GateModule(hidden=10)
    dm = GateDataModule(n_batches=3, batch_size=4)
    trainer = Trainer(max_epochs=2)
    log = trainer.fit(module, dm)
    print("steps", trainer.global_step, "last", [round(r[2], 3) for r in log][-1])


if __name__ == "__main__":
    main()
