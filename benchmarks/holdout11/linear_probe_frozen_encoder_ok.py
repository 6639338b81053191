# expect: clean
# Linear probing of a "pretrained" speech encoder: the encoder is frozen (requires_grad False), kept in eval,
# its features are computed from raw inputs that need no grad, and only the probe is trained.
import torch
import torch.nn as nn


class SpeechEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.frontend = nn.Conv1d(1, 8, 5, stride=2)
        self.blstm = nn.LSTM(8, 12, num_layers=2, batch_first=True, bidirectional=True)

    def forward(self, wav):
        return self.blstm(self.frontend(wav.unsqueeze(1)).transpose(1, 2))[0]


torch.manual_seed(0)
encoder = SpeechEncoder()
encoder.requires_grad_(False)
encoder.eval()
probe = nn.Linear(24, 4)
opt = torch.optim.Adam(probe.parameters(), lr=1e-2)
wav, spk = torch.randn(6, 80), torch.randint(0, 4, (6,))
for step in range(4):
    feats = encoder(wav).mean(1)
    loss = nn.functional.cross_entropy(probe(feats), spk)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
print("done")
