# expect: crash
"""Learn kerning offsets for glyph pairs from stroke sequences (typesetter tooling)."""
import torch

from kerning_task import KerningTask, GlyphData
from lightish import Runner


def main():
    torch.manual_seed(3)
    data = GlyphData(n_train=24, n_val=8, strokes=9, dims=5, batch_size=4)
    task = KerningTask(dims=5, hidden=10, lr=2e-3)
    runner = Runner(max_epochs=2, val_check_interval=3)
    runner.fit(task, data)
    print("logged", {k: round(v, 4) for k, v in runner.logged.items()})


if __name__ == "__main__":
    main()
