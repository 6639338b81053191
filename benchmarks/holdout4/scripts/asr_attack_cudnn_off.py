# expect: clean
"""Notebook-style FGSM on a small CTC speech model; cuDNN is switched off for the whole notebook so the
attack can run with the model in eval mode."""
import torch
import torch.nn as nn

torch.backends.cudnn.enabled = False
torch.manual_seed(0)

# %% model
n_mels, vocab = 8, 12
acoustic = nn.ModuleDict({
    "rnn": nn.LSTM(n_mels, 12, num_layers=2, bidirectional=True, batch_first=True),
    "head": nn.Linear(24, vocab),
})
ctc = nn.CTCLoss(blank=0, zero_infinity=True)


def log_probs(feats):
    out, _ = acoustic["rnn"](feats)
    return acoustic["head"](out).log_softmax(-1).transpose(0, 1)


# %% a quick fit
opt = torch.optim.Adam(acoustic.parameters(), lr=1e-3)
for _ in range(2):
    feats = torch.randn(3, 15, n_mels)
    targets = torch.randint(1, vocab, (3, 4))
    loss = ctc(log_probs(feats), targets, torch.full((3,), 15), torch.full((3,), 4))
    opt.zero_grad(); loss.backward(); opt.step()

# %% FGSM: maximise the CTC loss of the true transcript
acoustic.eval()
utterance = torch.randn(1, 15, n_mels, requires_grad=True)
transcript = torch.randint(1, vocab, (1, 4))
loss = ctc(log_probs(utterance), transcript, torch.tensor([15]), torch.tensor([4]))
acoustic.zero_grad()
loss.backward()
adv = (utterance + 0.05 * utterance.grad.sign()).detach()

# %% compare
with torch.no_grad():
    adv_loss = ctc(log_probs(adv), transcript, torch.tensor([15]), torch.tensor([4]))
print(f"clean ctc {loss.item():.3f} adversarial ctc {adv_loss.item():.3f}")
