'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { PLAIN_BRAND, type Brand } from '@/lib/brand/types';
import { OPEN_POLICY, type InstancePolicy } from '@/lib/policy/instance';

/*
 * This instance's policy and brand, as the server parsed them at start
 * (lib/config). app/layout.tsx provides them with the page, so no component
 * asks the API for them: the create form offers only the policy's choices.
 */

type Instance = { policy: InstancePolicy; brand: Brand };

const InstanceContext = createContext<Instance>({ policy: OPEN_POLICY, brand: PLAIN_BRAND });

export function InstanceProvider({ policy, brand, children }: Instance & { children: ReactNode }) {
  return <InstanceContext.Provider value={{ policy, brand }}>{children}</InstanceContext.Provider>;
}

/** What senders may choose on this instance. */
export function usePolicy(): InstancePolicy {
  return useContext(InstanceContext).policy;
}

/** The company's name, logo, accent, links and intro on this instance. */
export function useBrand(): Brand {
  return useContext(InstanceContext).brand;
}
