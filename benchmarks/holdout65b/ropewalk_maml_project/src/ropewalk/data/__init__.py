from ropewalk.data.tasks import sample_task
