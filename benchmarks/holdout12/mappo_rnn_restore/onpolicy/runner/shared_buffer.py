class SharedReplayBuffer:
    def __init__(self):
        self.steps = []

    def insert(self, step):
        self.steps.append(step)

    def feed_forward_generator(self):
        yield from self.steps

    def after_update(self):
        self.steps = []
