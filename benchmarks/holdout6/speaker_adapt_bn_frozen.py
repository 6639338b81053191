# expect: crash
# category: speech
"""Speaker adaptation of a CTC acoustic model: batch-norm running statistics are kept by putting the
whole model in eval mode during the few adaptation steps."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class Frontend(nn.Module):
    def __init__(self, n_mels=8, ch=12):
        super().__init__()
        self.conv = nn.Conv1d(n_mels, ch, 3, padding=1)
        self.bn = nn.BatchNorm1d(ch)

    def forward(self, x):
        return F.relu(self.bn(self.conv(x.transpose(1, 2)))).transpose(1, 2)


class AcousticModel(nn.Module):
    def __init__(self, n_tokens=8, hidden=12):
        super().__init__()
        self.frontend = Frontend()
        self.rnn = nn.LSTM(12, hidden, num_layers=3, bidirectional=True, batch_first=True)
        self.out = nn.Linear(2 * hidden, n_tokens)

    def forward(self, feats, lengths):
        x = self.frontend(feats)
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.rnn(packed)
        out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True)
        return self.out(out).log_softmax(-1)


def adapt(model, utterances, steps=2, lr=1e-4):
    model.eval()  # freeze batch-norm statistics
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    ctc = nn.CTCLoss(zero_infinity=True)
    for _ in range(steps):
        for feats, lengths, targets, target_lengths in utterances:
            log_probs = model(feats, lengths).transpose(0, 1)
            loss = ctc(log_probs, targets, lengths, target_lengths)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
    return model


base = AcousticModel()
speaker_data = []
for _ in range(2):
    lengths = torch.tensor([10, 7, 9])
    speaker_data.append((torch.randn(3, 10, 8), lengths, torch.randint(1, 8, (3, 4)), torch.tensor([4, 3, 4])))
adapted = adapt(base, speaker_data)
print("adapted")
