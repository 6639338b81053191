"""A character language model written as a LightningModule with manual optimisation."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from minilightning import LightningModule


class CharLM(LightningModule):
    automatic_optimization = False

    def __init__(self, vocab=20, hidden=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True, dropout=0.2)
        self.proj = nn.Linear(hidden, vocab)

    def forward(self, tokens, state=None):
        out, state = self.rnn(self.embed(tokens), state)
        return self.proj(out), state

    def training_step(self, batch, batch_idx):
        opt = self.optimizers()
        inputs, targets = batch
        logits, _ = self(inputs)
        loss = F.cross_entropy(logits.flatten(0, 1), targets.flatten())
        opt.zero_grad()
        self.manual_backward(loss)
        torch.nn.utils.clip_grad_norm_(self.parameters(), 1.0)
        opt.step()
        self.log("train_loss", loss.detach())
        return loss

    def validation_step(self, batch, batch_idx):
        inputs, targets = batch
        logits, _ = self(inputs)
        self.log("val_loss", F.cross_entropy(logits.flatten(0, 1), targets.flatten()))

    def on_train_epoch_end(self):
        # greedy sample for the log; restore whatever mode we were in
        was_training = self.training
        self.eval()
        with torch.no_grad():
            token = torch.zeros(1, 1, dtype=torch.long)
            state, text = None, []
            for _ in range(6):
                logits, state = self(token, state)
                token = logits[:, -1].argmax(-1, keepdim=True)
                text.append(int(token))
        self.train(was_training)
        print("sample:", text)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=3e-3)
