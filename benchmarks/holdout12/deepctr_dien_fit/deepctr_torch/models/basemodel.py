import time

import torch
import torch.nn as nn
import torch.nn.functional as F

from ..callbacks import CallbackList, History


class BaseModel(nn.Module):
    def compile(self, optimizer, loss=None, metrics=None):
        self.metrics_names = ["loss"]
        self.optim = self._get_optim(optimizer)
        self.loss_func = F.binary_cross_entropy
        self.metrics = {m: self._get_metric(m) for m in (metrics or [])}

    def _get_optim(self, name):
        return {"sgd": torch.optim.SGD, "adam": torch.optim.Adam,
                "adagrad": torch.optim.Adagrad}[name](self.parameters(), lr=0.01)

    def _get_metric(self, name):
        if name == "auc":
            return lambda y, p: float(((p > 0.5).float() == y).float().mean())
        return lambda y, p: float(F.binary_cross_entropy(p, y))

    def fit(self, x=None, y=None, batch_size=None, epochs=1, verbose=1, initial_epoch=0, validation_split=0.,
            validation_data=None, shuffle=True, callbacks=None):
        if validation_split and 0. < validation_split < 1.:
            n = y.size(0)
            split_at = int(n * (1. - validation_split))
            val_x = {k: v[split_at:] for k, v in x.items()}
            val_y = y[split_at:]
            x = {k: v[:split_at] for k, v in x.items()}
            y = y[:split_at]
            do_validation = True
        else:
            val_x, val_y, do_validation = None, None, False

        model = self.train()
        loss_func = self.loss_func
        optim = self.optim
        self.history = History()
        callbacks = CallbackList((callbacks or []) + [self.history])
        callbacks.set_model(self)
        callbacks.on_train_begin()
        n = y.size(0)
        steps_per_epoch = (n - 1) // batch_size + 1
        for epoch in range(initial_epoch, epochs):
            callbacks.on_epoch_begin(epoch)
            epoch_logs = {}
            start_time = time.time()
            total_loss_epoch = 0
            for index in range(steps_per_epoch):
                sl = slice(index * batch_size, (index + 1) * batch_size)
                x_batch = {k: v[sl] for k, v in x.items()}
                y_batch = y[sl]
                y_pred = model(x_batch).squeeze()
                optim.zero_grad()
                loss = loss_func(y_pred, y_batch.squeeze(), reduction="sum")
                total_loss = loss + self.get_regularization_loss()
                total_loss_epoch += total_loss.item()
                total_loss.backward()  # TM001-here
                optim.step()
            epoch_logs["loss"] = total_loss_epoch / n
            if do_validation:
                eval_result = self.evaluate(val_x, val_y, batch_size)
                for name, result in eval_result.items():
                    epoch_logs["val_" + name] = result
            if verbose > 0:
                print("Epoch {0}/{1} {2}s".format(epoch + 1, epochs, int(time.time() - start_time)), epoch_logs)
            callbacks.on_epoch_end(epoch, epoch_logs)
            if self.stop_training:
                break
        callbacks.on_train_end()
        return self.history

    def evaluate(self, x, y, batch_size=256):
        pred_ans = self.predict(x, batch_size)
        return {name: fn(y, pred_ans) for name, fn in self.metrics.items()}

    def predict(self, x, batch_size=256):
        model = self.eval()
        pred_ans = []
        with torch.no_grad():
            n = next(iter(x.values())).size(0)
            for i in range(0, n, batch_size):
                pred_ans.append(model({k: v[i:i + batch_size] for k, v in x.items()}).reshape(-1))
        return torch.cat(pred_ans)

    def get_regularization_loss(self):
        return sum(1e-5 * p.pow(2).sum() for p in self.regularization_weight) if self.regularization_weight else 0.
