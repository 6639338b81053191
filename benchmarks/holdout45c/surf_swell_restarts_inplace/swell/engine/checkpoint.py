import copy


class BestKeeper:
    def __init__(self):
        self.best = float("inf")
        self.snapshot = None
        self.worse_in_a_row = 0

    def observe(self, value, model):
        if value < self.best:
            self.best = value
            self.snapshot = copy.deepcopy(model)
            self.worse_in_a_row = 0
        else:
            self.worse_in_a_row += 1

    def restore(self, model):
        """Return the model to continue from: the live model with the best snapshot's weights."""
        model.load_state_dict(self.snapshot.state_dict())
        return model
