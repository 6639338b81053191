# expect: clean
"""Whole-model checkpoint round-trip with torch.save / torch.load
(weights_only=False). The exported model was in eval mode when saved, and the
mode travels with the object -- but the resume path calls `.train()` on the
loaded model before its first forward, via a `resume()` helper chosen by a
`getattr` dispatch on the job kind.
"""
import io

import torch
import torch.nn as nn


class ECGNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(1, 4, 5, padding=2)
        self.rnn = nn.LSTM(4, 8, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(16, 5)

    def forward(self, sig):
        h = torch.relu(self.conv(sig)).transpose(1, 2)
        return self.fc(self.rnn(h)[0].mean(1))


class Jobs:
    @staticmethod
    def export(model):
        buf = io.BytesIO()
        torch.save(model.eval(), buf)
        return buf.getvalue()

    @staticmethod
    def resume(blob):
        model = torch.load(io.BytesIO(blob), weights_only=False)
        return model.train()


torch.manual_seed(0)
blob = getattr(Jobs, "export")(ECGNet())
model = getattr(Jobs, "resume")(blob)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for _ in range(2):
    sig, y = torch.randn(4, 1, 40), torch.randint(0, 5, (4,))
    opt.zero_grad()
    nn.functional.cross_entropy(model(sig), y).backward()
    opt.step()
print("resumed ok")
