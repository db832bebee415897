package org.doorstep.app.planning;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * One worker thread for evaluation runs: a run already uses every core (the engine evaluates categories in parallel),
 * so a second concurrent run would only slow both; requests queue in order instead.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationExecutorConfiguration {

    static final String NAME = "evaluationExecutor";

    @Bean(name = NAME)
    ThreadPoolTaskExecutor evaluationExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(100);
        executor.setThreadNamePrefix("evaluation-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
