# expect: crash
"""Variable-length batches with pack_padded_sequence; the model is still in eval mode from a previous check."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class PackedTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 12, batch_first=True)
        self.out = nn.Linear(12, 3)

    def forward(self, x, lengths):
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.lstm(packed)
        out, _ = pad_packed_sequence(out, batch_first=True)
        return self.out(out)


torch.manual_seed(0)
model = PackedTagger()
model.eval()
opt = torch.optim.Adam(model.parameters())
x = torch.randn(4, 7, 6)
lengths = torch.tensor([7, 3, 5, 2])
tags = torch.randint(0, 3, (4, 7))
logits = model(x, lengths)
loss = nn.functional.cross_entropy(logits.reshape(-1, 3), tags.reshape(-1))
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
