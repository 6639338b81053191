import torch
import torch.nn as nn


class JointBiLSTM(nn.Module):
    def __init__(self, vocab, n_slots, n_intents, emb=8, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.drop = nn.Dropout(0.1)
        self.rnn = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.slot_head = nn.Linear(2 * hidden, n_slots)
        self.intent_head = nn.Linear(2 * hidden, n_intents)

    def forward(self, words):
        h, (hn, _) = self.rnn(self.drop(self.emb(words)))
        sent = torch.cat([hn[0], hn[1]], dim=-1)
        return self.slot_head(h), self.intent_head(sent)

    def loss(self, batch):
        words, slots, intents = batch
        slot_logits, intent_logits = self(words)
        ce = nn.functional.cross_entropy
        return ce(slot_logits.flatten(0, 1), slots.flatten()) + ce(intent_logits, intents)
