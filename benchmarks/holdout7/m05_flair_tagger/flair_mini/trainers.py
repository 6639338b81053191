import torch


class ModelTrainer:
    def __init__(self, model, corpus):
        self.model = model
        self.corpus = corpus

    def train(self, base_path, learning_rate=0.1, max_epochs=2, mini_batch_size=2):
        optimizer = torch.optim.SGD(self.model.parameters(), lr=learning_rate)
        self.model.train()
        for epoch in range(1, max_epochs + 1):
            train_loss = 0.0
            for batch_no, batch in enumerate(self.corpus["train"]):
                optimizer.zero_grad()
                loss, count = self.model.forward_loss(batch)
                loss.backward()
                torch.nn.utils.clip_grad_norm_(self.model.parameters(), 5.0)
                optimizer.step()
                train_loss += loss.item()
                if batch_no == 0:
                    # flair logs a dev score in the middle of an epoch when evaluation_steps is set
                    dev_score = self.model.evaluate(self.corpus["dev"], mini_batch_size=mini_batch_size)
                    print(f"epoch {epoch} batch {batch_no}: dev accuracy {dev_score:.3f}")
            print(f"EPOCH {epoch} done: loss {train_loss / len(self.corpus['train']):.4f} -> {base_path}")
        return {"test_score": self.model.evaluate(self.corpus["test"])}
