# expect: crash
# category: helper-modes
"""Intent classifier (stacked LSTM over word ids); the loop logs accuracy via a shared helper."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from utils.monitoring import set_inference_mode, batch_accuracy, log_metrics

torch.manual_seed(0)
LOG_EVERY = 2


class IntentNet(nn.Module):
    def __init__(self, vocab=60, emb=12, hidden=12, n_intents=5):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb, padding_idx=0)
        self.encoder = nn.LSTM(emb, hidden, num_layers=2, batch_first=True, dropout=0.25)
        self.classifier = nn.Linear(hidden, n_intents)

    def forward(self, ids):
        _, (h_n, _) = self.encoder(self.embed(ids))
        return self.classifier(h_n[-1])


net = IntentNet()
optimizer = torch.optim.Adam(net.parameters(), lr=5e-3)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=3, gamma=0.5)
train_batches = [(torch.randint(1, 60, (4, 9)), torch.randint(0, 5, (4,))) for _ in range(5)]
dev_x, dev_y = torch.randint(1, 60, (6, 9)), torch.randint(0, 5, (6,))

net.train()
for step, (x, y) in enumerate(train_batches, start=1):
    logits = net(x)
    loss = F.cross_entropy(logits, y, label_smoothing=0.1)
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
    scheduler.step()
    if step % LOG_EVERY == 0:
        set_inference_mode(net)
        log_metrics(step, loss=loss.item(), dev_acc=batch_accuracy(net, dev_x, dev_y))
