import torch


class AbstractTrainer:
    def __init__(self, config, model):
        self.config = config
        self.model = model

    def fit(self, train_data, valid_data=None):
        raise NotImplementedError


class Trainer(AbstractTrainer):
    def __init__(self, config, model):
        super().__init__(config, model)
        self.epochs = config["epochs"]
        self.eval_step = config["eval_step"]
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=config["learning_rate"])
        self.best_valid_score = -1.0
        self.best_valid_result = None

    def _train_epoch(self, train_data, epoch_idx, loss_func=None):
        self.model.train()
        loss_func = loss_func or self.model.calculate_loss
        total_loss = 0.0
        for interaction in train_data:
            self.optimizer.zero_grad()
            loss = loss_func(interaction)
            total_loss += loss.item()
            loss.backward()
            self.optimizer.step()
        return total_loss

    def _valid_epoch(self, valid_data):
        valid_result = self.evaluate(valid_data, load_best_model=False)
        return valid_result["hit@5"], valid_result

    @torch.no_grad()
    def evaluate(self, eval_data, load_best_model=True):
        self.model.eval()
        hits = []
        for interaction in eval_data:
            scores = self.model.full_sort_predict(interaction)
            topk = scores.topk(5, dim=-1).indices
            hits.append((topk == interaction["item_id"][:, None]).any(-1).float().mean())
        return {"hit@5": float(torch.stack(hits).mean())}

    def fit(self, train_data, valid_data=None):
        for epoch_idx in range(self.epochs):
            self._train_epoch(train_data, epoch_idx)
            if self.eval_step <= 0 or not valid_data:
                continue
            if (epoch_idx + 1) % self.eval_step == 0:
                valid_score, valid_result = self._valid_epoch(valid_data)
                if valid_score > self.best_valid_score:
                    self.best_valid_score, self.best_valid_result = valid_score, valid_result
        return self.best_valid_score, self.best_valid_result
