import torch
import torch.nn as nn


class DKT(nn.Module):
    """Deep Knowledge Tracing: interaction id (skill, correct) -> LSTM -> P(correct) per skill."""

    def __init__(self, n_skills=6, hidden=12):
        super().__init__()
        self.n_skills = n_skills
        self.interaction_emb = nn.Embedding(2 * n_skills, hidden)
        self.lstm_layer = nn.LSTM(hidden, hidden, batch_first=True)
        self.out_layer = nn.Linear(hidden, n_skills)

    @property
    def body(self):
        return nn.ModuleList([self.interaction_emb, self.lstm_layer])

    def forward(self, skills, correct):
        h, _ = self.lstm_layer(self.interaction_emb(skills + self.n_skills * correct))
        return torch.sigmoid(self.out_layer(h))
