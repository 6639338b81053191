# expect: crash
# category: framework
"""Lightning-style TTS training with manual optimisation and a callback that renders a sample
spectrogram every few steps."""
import torch

from minilit import Callback, Trainer
from tacotron_lite import MelPredictor

torch.manual_seed(16)


class SampleSpectrogram(Callback):
    def __init__(self, every_n_steps=2):
        self.every_n_steps = every_n_steps

    def on_train_batch_end(self, trainer, pl_module, batch_idx):
        if (batch_idx + 1) % self.every_n_steps == 0:
            pl_module.eval()
            with torch.no_grad():
                mel = pl_module(torch.randint(0, 30, (1, 5)))
            print(f"  sample at step {batch_idx}: mel energy {mel.abs().mean():.3f}")


def batches(n):
    return [(torch.randint(0, 30, (4, 6)), torch.randn(4, 12, 8)) for _ in range(n)]


trainer = Trainer(max_epochs=2, callbacks=[SampleSpectrogram(every_n_steps=2)])
trainer.fit(MelPredictor(), batches(4), batches(2))
