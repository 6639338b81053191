# expect: clean
"""Cheese-rolling race timing: predict the finishing gap from slope-camera tracks.

A ``ModelHolder`` keeps the served model and swaps in a freshly loaded one per
heat; the ``GapTask`` fine-tunes whichever model the holder serves.
"""
import torch

from rolling import GapTask, ModelHolder
from rolling.serving import load_for_inference


def heat_tracks(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(3, 10, 4, generator=g), torch.randn(3, 1, generator=g)) for _ in range(n)]


def main():
    holder = ModelHolder()
    for heat in range(2):
        holder.swap(load_for_inference(seed=100 + heat))
        task = GapTask(holder, lr=1e-2)
        for tracks, gap in heat_tracks(3, seed=heat):
            logs = task.train_step((tracks, gap))
        print(f"heat {heat}: last loss {logs['loss']:.4f}, served={holder.version}")
        print("   valid", task.valid_step(heat_tracks(1, seed=50)[0]))


if __name__ == "__main__":
    main()
