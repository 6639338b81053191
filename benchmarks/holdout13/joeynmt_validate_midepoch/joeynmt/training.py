import torch

from .prediction import validate_on_data


class TrainManager:
    def __init__(self, model, config):
        tcfg = config["training"]
        self.model = model
        self.epochs = tcfg["epochs"]
        self.validation_freq = tcfg["validation_freq"]
        self.batch_size = tcfg["batch_size"]
        self.vocab = config["vocab"]
        self.optimizer = torch.optim.Adam(model.parameters(), lr=tcfg["learning_rate"])
        self.stats = {"steps": 0, "best_ppl": float("inf")}

    def random_data(self, n):
        return [(torch.randint(0, self.vocab, (self.batch_size, 5)), torch.randint(0, self.vocab, (self.batch_size, 6)))
                for _ in range(n)]

    def _train_step(self, batch):
        src, trg = batch
        loss = self.model(return_type="loss", src=src, trg_input=trg[:, :-1], trg=trg[:, 1:])
        loss.backward()  # TM001-here
        self.optimizer.step()
        self.optimizer.zero_grad()
        self.stats["steps"] += 1
        return loss.item()

    def _validate(self, valid_data):
        res = validate_on_data(self.model, valid_data, batch_size=self.batch_size)
        self.stats["best_ppl"] = min(self.stats["best_ppl"], res["ppl"])
        return res

    def train_and_validate(self, train_data, valid_data):
        for epoch in range(self.epochs):
            self.model.train()
            for batch in train_data:
                self._train_step(batch)
                if self.stats["steps"] % self.validation_freq == 0:
                    print("step", self.stats["steps"], self._validate(valid_data))
