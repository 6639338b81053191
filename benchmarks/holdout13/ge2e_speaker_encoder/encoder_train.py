# expect: clean
"""Real-Time-Voice-Cloning GE2E speaker encoder: the training loop (encoder/train.py) periodically saves a
checkpoint and draws a UMAP-like projection with encoder.inference, whose `load_model()` builds a *separate*
SpeakerEncoder from the checkpoint and calls `.eval()` on that one. The training model never leaves train mode;
`do_gradient_ops()` scales the sim_weight/sim_bias gradients after backward."""
import os
import tempfile

from encoder.train import train

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as models_dir:
        train(run_id="tiny", models_dir=models_dir, umap_every=2, save_every=2, steps=4)
    print("done")
