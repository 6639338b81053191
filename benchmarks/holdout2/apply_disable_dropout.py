# expect: crash
# category: dynamic
"""Fine-tuning a pretrained 3-layer LSTM classifier with all dropout switched off via model.apply,
as recommended for small fine-tuning sets."""
import torch
import torch.nn as nn

torch.manual_seed(42)


class DocClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(50, 12)
        self.embed_drop = nn.Dropout(0.1)
        self.lstm = nn.LSTM(12, 16, num_layers=3, dropout=0.3, batch_first=True)
        self.out_drop = nn.Dropout(0.3)
        self.fc = nn.Linear(16, 3)

    def forward(self, x):
        h = self.lstm(self.embed_drop(self.embed(x)))[0]
        return self.fc(self.out_drop(h[:, -1]))


def disable_dropout(module):
    # nn.LSTM applies its inter-layer dropout only in training mode
    if isinstance(module, (nn.Dropout, nn.LSTM, nn.GRU)):
        module.eval()


clf = DocClassifier()
pretrain_opt = torch.optim.Adam(clf.parameters(), lr=1e-2)
for _ in range(3):
    x, y = torch.randint(0, 50, (8, 12)), torch.randint(0, 3, (8,))
    loss = nn.functional.cross_entropy(clf(x), y)
    pretrain_opt.zero_grad()
    loss.backward()
    pretrain_opt.step()

clf.train()
clf.apply(disable_dropout)
ft_opt = torch.optim.Adam(clf.fc.parameters(), lr=1e-3)
ft_opt.add_param_group({"params": clf.lstm.parameters(), "lr": 1e-4})
for epoch in range(2):
    x, y = torch.randint(0, 50, (4, 12)), torch.randint(0, 3, (4,))
    loss = nn.functional.cross_entropy(clf(x), y)
    ft_opt.zero_grad()
    loss.backward()  # TM001-here
    ft_opt.step()
    print(f"fine-tune epoch {epoch}: {loss.item():.4f}")
