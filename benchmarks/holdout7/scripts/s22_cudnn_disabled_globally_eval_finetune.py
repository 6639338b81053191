# expect: clean
"""Fine-tuning a CTC phoneme recogniser with dropout disabled by eval(): the repository sets
torch.backends.cudnn.enabled = False at import time (for deterministic CTC)."""
import torch
import torch.nn.functional as F
from torch import nn

torch.backends.cudnn.enabled = False


class PhonemeRecognizer(nn.Module):
    def __init__(self, n_mels=5, hidden=8, n_phones=6):
        super().__init__()
        self.acoustic = nn.LSTM(n_mels, hidden, num_layers=2, dropout=0.3, bidirectional=True, batch_first=True)
        self.classifier = nn.Linear(2 * hidden, n_phones)

    def forward(self, mels):
        return self.classifier(self.acoustic(mels)[0]).log_softmax(-1)


torch.manual_seed(0)
recognizer = PhonemeRecognizer().eval()  # "fine-tune without dropout"
opt = torch.optim.Adam(recognizer.parameters(), lr=1e-3)
for step in range(3):
    mels = torch.randn(3, 12, 5)
    targets = torch.randint(1, 6, (3, 4))
    lp = recognizer(mels).transpose(0, 1)
    loss = F.ctc_loss(lp, targets, torch.full((3,), 12), torch.full((3,), 4))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
