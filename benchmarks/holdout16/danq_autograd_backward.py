# expect: crash
"""DanQ (conv + BiLSTM) on one-hot DNA. Training resumes from a checkpointed
model object that was built for prediction."""
import io
import torch
import torch.nn as nn


class DanQ(nn.Module):
    def __init__(self, n_targets=5):
        super().__init__()
        self.conv = nn.Conv1d(4, 8, 5, padding=2)
        self.pool = nn.MaxPool1d(2)
        self.drop = nn.Dropout(0.2)
        self.blstm = nn.LSTM(8, 6, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(12, n_targets)

    def forward(self, x):
        h = self.drop(self.pool(torch.relu(self.conv(x)))).transpose(1, 2)
        return self.fc(self.blstm(h)[0].mean(1))


def one_hot(seqs):
    return nn.functional.one_hot(seqs, 4).float().transpose(1, 2)


torch.manual_seed(0)
predictor = DanQ().eval()
buf = io.BytesIO()
torch.save(predictor, buf)
buf.seek(0)
model = torch.load(buf, weights_only=False)
opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
x, y = one_hot(torch.randint(0, 4, (4, 20))), torch.randint(0, 2, (4, 5)).float()
loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
opt.zero_grad()
torch.autograd.backward([loss])  # TM001-here
opt.step()
print(loss.item())
