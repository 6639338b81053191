"""Performance RNN: note-on / note-off / time-shift / velocity events, conditioned on a pitch histogram."""
import torch
import torch.nn as nn

NOTE_ON, NOTE_OFF, TIME_SHIFT, VELOCITY = 8, 8, 6, 4
EVENT_VOCAB = NOTE_ON + NOTE_OFF + TIME_SHIFT + VELOCITY


class PerformanceRNN(nn.Module):
    def __init__(self, hidden=16, control_dim=12):
        super().__init__()
        self.event_emb = nn.Embedding(EVENT_VOCAB, 8)
        self.control = nn.Linear(control_dim, 8)
        self.gru = nn.GRU(16, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.out = nn.Linear(hidden, EVENT_VOCAB)

    def forward(self, events, controls, h=None):
        x = torch.cat([self.event_emb(events), self.control(controls)], -1)
        o, h = self.gru(x, h)
        return self.out(o), h
