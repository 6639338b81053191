class BaseAgent:
    def __init__(self, opt):
        self.opt = dict(opt)
        self.is_training = True
        self.observation = None

    def observe(self, observation):
        self.observation = observation
        return observation

    def batch_act(self, observation):
        step = self.train_step if self.is_training else self.eval_step
        return step(observation)
