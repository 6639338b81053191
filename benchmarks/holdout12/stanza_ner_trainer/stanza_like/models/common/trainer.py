class BaseTrainer:
    def change_lr(self, new_lr):
        for g in self.optimizer.param_groups:
            g["lr"] = new_lr

    def save(self, filename):
        return {"model": self.model.state_dict(), "config": dict(self.args)}
