# expect: clean
"""A Lightning-style `load_from_checkpoint` classmethod that returns an eval-mode model; the fine-tuning
script switches it back to training mode before the first forward."""
import os
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F


class PoseSeqModel(nn.Module):
    def __init__(self, joints=5, hidden=12, classes=3):
        super().__init__()
        self.hparams = {"joints": joints, "hidden": hidden, "classes": classes}
        self.rnn = nn.GRU(joints * 2, hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, classes)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])

    def save_checkpoint(self, path):
        torch.save({"hparams": self.hparams, "state_dict": self.state_dict()}, path)

    @classmethod
    def load_from_checkpoint(cls, path):
        ckpt = torch.load(path)
        model = cls(**ckpt["hparams"])
        model.load_state_dict(ckpt["state_dict"])
        model.eval()
        return model


torch.manual_seed(0)
with tempfile.TemporaryDirectory(dir=os.path.dirname(os.path.abspath(__file__))) as tmp:
    path = os.path.join(tmp, "pose.ckpt")
    PoseSeqModel().save_checkpoint(path)
    model = PoseSeqModel.load_from_checkpoint(path)

with torch.no_grad():
    print("zero-shot", model(torch.randn(2, 6, 10)).argmax(1).tolist())

model.train()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(3):
    x, y = torch.randn(4, 6, 10), torch.randint(0, 3, (4,))
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"fine-tune {step}: {loss.item():.4f}")
