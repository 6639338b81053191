# expect: crash
"""Iron bloomery yield model trained with a smoothness (double-backprop) penalty."""
import torch

from bloomery import SlagGRU, SmoothBloomTask, furnace_batches


def main():
    torch.manual_seed(1)
    task = SmoothBloomTask(SlagGRU(), smooth_weight=0.05)
    val = list(furnace_batches(1, seed=99))
    for epoch in range(2):
        logs = [task.train_step(b) for b in furnace_batches(3, seed=epoch)]
        v = task.valid_step(val[0])
        print(f"epoch {epoch}: train {sum(l['loss'] for l in logs) / len(logs):.4f} val {v['val_loss']:.4f}")


if __name__ == "__main__":
    main()
