# expect: clean
# category: framework
"""Sound-event detection over spectrogram frames with a 2-layer Elman RNN, trained by the LiteTrainer
with validation twice per epoch."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from lite import LiteModule, LiteTrainer

torch.manual_seed(96)


class EventDetector(LiteModule):
    def __init__(self, n_mels=8, hidden=12, n_events=3):
        super().__init__()
        self.rnn = nn.RNN(n_mels, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.frame_head = nn.Linear(hidden, n_events)
        self.val_f1 = []

    def forward(self, spec):
        return self.frame_head(self.rnn(spec)[0])

    def training_step(self, batch, batch_idx):
        spec, targets = batch
        return F.binary_cross_entropy_with_logits(self(spec), targets)

    def validation_step(self, batch, batch_idx):
        spec, targets = batch
        pred = (self(spec) > 0).float()
        tp = (pred * targets).sum()
        return (2 * tp / (pred.sum() + targets.sum() + 1e-8)).item()

    def on_validation_epoch_end(self, outputs):
        self.val_f1.append(sum(outputs) / len(outputs))
        print(f"val F1 {self.val_f1[-1]:.3f}")

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=3e-3)


def clips(n):
    return [(torch.randn(4, 25, 8), (torch.rand(4, 25, 3) > 0.8).float()) for _ in range(n)]


detector = EventDetector()
LiteTrainer(max_epochs=2, val_check_interval=2).fit(detector, clips(4), clips(2))
print("F1 history", [round(f, 3) for f in detector.val_f1])
