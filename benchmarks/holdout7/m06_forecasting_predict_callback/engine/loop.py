import torch


class Trainer:
    def __init__(self, max_epochs, callbacks=(), gradient_clip_val=0.1):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.gradient_clip_val = gradient_clip_val
        self.current_epoch = 0

    def fit(self, model, train_dataloaders, lr=1e-2):
        optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        model.train()
        for self.current_epoch in range(self.max_epochs):
            for x, y in train_dataloaders:
                optimizer.zero_grad()
                loss = model.loss(model(x), y)
                loss.backward()  # TM001-here
                torch.nn.utils.clip_grad_norm_(model.parameters(), self.gradient_clip_val)
                optimizer.step()
            for cb in self.callbacks:
                cb.on_train_epoch_end(self, model)
        return model
