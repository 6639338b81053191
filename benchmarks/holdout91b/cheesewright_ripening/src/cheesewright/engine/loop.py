import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model, epochs=2, lr=1e-2, batch_size=4, **kwargs):
        self.model = model
        self.epochs = epochs
        self.batch_size = batch_size
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    # ---- hooks -------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_validation_end(self, epoch, val_loss):
        # the base hook hands the model back to training
        self.model.train()

    # ---- loop --------------------------------------------------------
    def training_epoch(self, data):
        x, y = data
        total = 0.0
        for i in range(0, len(x), self.batch_size):
            loss = F.cross_entropy(self.model(x[i:i + self.batch_size]), y[i:i + self.batch_size])
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            total += loss.item()
        return total

    def validate(self, data):
        self.model.eval()
        with torch.no_grad():
            return F.cross_entropy(self.model(data[0]), data[1]).item()

    def fit(self, train_data, val_data):
        self.model.train()
        for epoch in range(self.epochs):
            self.on_epoch_start(epoch)
            tr = self.training_epoch(train_data)
            val = self.validate(val_data)
            self.history.append((round(tr, 4), round(val, 4)))
            self.on_validation_end(epoch, val)
        return self.history
