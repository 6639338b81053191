# expect: crash
"""Cider pressing: predict the juice yield of a pressing from the pressure
curve of the rack-and-cloth press. Stage one trains and checkpoints the best
model; stage two resumes from that checkpoint with fresh apples."""
import os
import tempfile

from press import stage_one, stage_two


def main():
    workdir = tempfile.mkdtemp(prefix="cider_")
    ckpt = os.path.join(workdir, "best.pt")
    try:
        best = stage_one(ckpt, epochs=2)
        print("stage one best val:", round(best, 4))
        losses = stage_two(ckpt, epochs=1)
        print("stage two losses:", [round(v, 4) for v in losses])
    finally:
        if os.path.exists(ckpt):
            os.remove(ckpt)
        os.rmdir(workdir)


if __name__ == "__main__":
    main()
