# expect: crash
# category: wrappers
"""FGSM in embedding space against a spam classifier (LSTM over word embeddings), after a short training run."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(20)
VOCAB, EMB, HID = 60, 12, 16


class SpamLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(VOCAB, EMB)
        self.lstm = nn.LSTM(EMB, HID, batch_first=True)
        self.fc = nn.Linear(HID, 2)

    def forward(self, tokens=None, embedded=None):
        if embedded is None:
            embedded = self.embedding(tokens)
        _, (h, _) = self.lstm(embedded)
        return self.fc(h[-1])


class FGSM:
    """Perturbs the embedded input in the direction of the loss gradient's sign."""

    def __init__(self, model, eps=0.1):
        self.model, self.eps = model, eps

    def perturb(self, tokens, labels):
        self.model.eval()
        emb = self.model.embedding(tokens).detach().requires_grad_(True)
        loss = F.cross_entropy(self.model(embedded=emb), labels)
        loss.backward()  # TM001-here
        return (emb + self.eps * emb.grad.sign()).detach()


model = SpamLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
data = [(torch.randint(0, VOCAB, (8, 10)), torch.randint(0, 2, (8,))) for _ in range(4)]
for epoch in range(2):
    for tokens, labels in data:
        loss = F.cross_entropy(model(tokens), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()

attack = FGSM(model, eps=0.2)
tokens, labels = data[0]
adv = attack.perturb(tokens, labels)
with torch.no_grad():
    clean_acc = (model(tokens).argmax(1) == labels).float().mean().item()
    adv_acc = (model(embedded=adv).argmax(1) == labels).float().mean().item()
print(f"clean acc {clean_acc:.2f} -> adversarial acc {adv_acc:.2f}")
